/*
 * The four OpenMP entry points libtesseract's parallel regions call, served the way a build of
 * Tesseract without OpenMP runs them: the region's body once, on the calling thread, taking every
 * section in turn. Each engine recognises on one thread, yet libgomp still starts a one-thread team
 * for every region and wakes it with a futex system call, and the LSTM opens a region per time step
 * of every line (about a tenth of a page's recognition, docs/ocr.md). ImportTable points only
 * libtesseract's imports here; nothing else in the process is touched. Built by Extraction.csproj.
 */

/* The sections of the region the thread is running: the next to hand out and how many there are. */
static __thread unsigned next_section, section_count;

void GOMP_parallel(void (*body)(void *), void *data, unsigned threads, unsigned flags)
{
    (void)threads; (void)flags;
    body(data);
}

void GOMP_parallel_sections(void (*body)(void *), void *data, unsigned threads, unsigned count, unsigned flags)
{
    unsigned outer_next = next_section, outer_count = section_count;
    (void)threads; (void)flags;
    next_section = 1;
    section_count = count;
    body(data);
    next_section = outer_next;
    section_count = outer_count;
}

/* The next section to run, numbered from 1; 0 once all have run. */
unsigned GOMP_sections_next(void)
{
    return next_section <= section_count ? next_section++ : 0;
}

void GOMP_sections_end_nowait(void)
{
}

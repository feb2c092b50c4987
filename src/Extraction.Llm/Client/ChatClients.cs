using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Extraction.Llm.Configuration;
using OpenAI;
using OpenAI.Chat;

namespace Extraction.Llm.Client;

/// <summary>The library's chat client for the configured endpoint. Its own retries are switched off:
/// <see cref="ResilientChat"/> retries, so that waits, give-ups and warnings follow one policy.</summary>
public static class ChatClients
{
    public static ChatClient Create(LlmSettings settings)
    {
        var credential = new ApiKeyCredential(settings.ApiKey);
        if (settings.Kind == EndpointKind.Azure)
        {
            var azure = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = settings.Timeout };
            return new AzureOpenAIClient(settings.Endpoint, credential, azure).GetChatClient(settings.Deployment);
        }
        var openAi = new OpenAIClientOptions { Endpoint = settings.Endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0), NetworkTimeout = settings.Timeout };
        return new OpenAIClient(credential, openAi).GetChatClient(settings.Deployment);
    }
}

namespace FieldApp;

public static class MauiProgram
{
    // Notification Hub listen-only string ships in the app; the full one must not
    const string HubListen = "Endpoint=sb://larch-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=prTa8oJYGP2MqhpuNn10t6yRg3sI4wU6itCWNHel8d4=";
    const string HubFull = "Endpoint=sb://larch-ns.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey=fWu5dz1xQBtFbd46Y9zS1CbBcrMnJYL4JHjXJi7JHv0=";

    public static MauiApp CreateMauiApp() => MauiApp.CreateBuilder().UseMauiApp<App>().Build();
}

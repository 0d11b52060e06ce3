using Kenes.Web.Hosting;

return await KenesHost.RunAsync(args);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

namespace Kenes.Infrastructure.Configuration;

/// <summary>
/// A setting is missing or wrong. Program.cs prints the message (which names the setting) and exits
/// with code 1 instead of showing a stack trace.
/// </summary>
public sealed class KenesConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

using System.Runtime.CompilerServices;

// The layout helpers (text wrapping, tables) are internal: callers use the document classes, tests probe the helpers.
[assembly: InternalsVisibleTo("Kenes.Infrastructure.Tests")]

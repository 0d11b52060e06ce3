using System.Text;
using System.Text.RegularExpressions;

namespace Kenes.Domain.Tests.Law;

/// <summary>One attribute as written: its name without namespace or "Attribute" suffix, and its arguments' source text.</summary>
internal sealed record AttributeUse(string Name, IReadOnlyList<string> Arguments)
{
    /// <summary>The argument's value when it is a plain string literal; otherwise its source text, so a mistake stays visible.</summary>
    public static string Value(string argument) =>
        argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"' ? argument[1..^1] : argument;
}

internal enum DeclarationKind
{
    /// <summary>Attributes followed by something the reader does not recognise as a declaration.</summary>
    Unknown,
    Type,
    Member,
}

/// <summary>A declaration that carries attributes, or a type (whose attributes may be empty).</summary>
internal sealed record Declaration(
    int Line, DeclarationKind Kind, string? Name, Declaration? Enclosing, IReadOnlyList<AttributeUse> Attributes)
{
    /// <summary>"Outer.Inner" for a type, "Outer.Inner.Member" for a member.</summary>
    public string QualifiedName => Enclosing is null ? Name ?? "?" : $"{Enclosing.QualifiedName}.{Name ?? "?"}";
}

/// <summary>
/// Reads attributes and the declaration they decorate straight from C# source, line by line. It
/// relies on the repository's formatting (one declaration per line, nesting shown by indentation,
/// <c>dotnet format</c> clean) rather than on a compiler, so one mechanism covers every project
/// without loading its assembly. Whatever it cannot place is returned as <see cref="DeclarationKind.Unknown"/>.
/// </summary>
internal static partial class SourceDeclarations
{
    public static IEnumerable<Declaration> Read(string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var types = new Stack<(int Indent, Declaration Type)>();
        var pending = new List<AttributeUse>();
        var pendingLine = 0;
        var inRawString = false;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];

            // The inside of a multi-line raw string is text, not code (a test may hold C# source as data).
            var rawDelimiters = RawStringDelimiter().Count(line);
            if (inRawString)
            {
                inRawString = rawDelimiters % 2 == 0;
                continue;
            }

            inRawString = rawDelimiters % 2 == 1;
            var code = line.TrimStart();
            if (code.Length == 0 || code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - code.Length;
            if (TryReadAttributeSections(lines, ref i, code, out var attributes, out var rest))
            {
                if (pending.Count == 0)
                {
                    pendingLine = i + 1;
                }

                pending.AddRange(attributes);
                if (rest.Length == 0 || rest.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                code = rest;
            }

            var declaration = Declare(code, indent, types, pending, pending.Count > 0 ? pendingLine : i + 1);
            if (declaration is not null)
            {
                yield return declaration;
            }

            pending = [];
        }

        if (pending.Count > 0)
        {
            yield return new Declaration(pendingLine, DeclarationKind.Unknown, null, null, pending);
        }
    }

    private static Declaration? Declare(string code, int indent, Stack<(int Indent, Declaration Type)> types, List<AttributeUse> attributes, int line)
    {
        if (TypeDeclaration().Match(code) is { Success: true } type)
        {
            Close(types, indent);
            var declared = new Declaration(line, DeclarationKind.Type, type.Groups["name"].Value, Enclosing(types), attributes);
            types.Push((indent, declared));
            return attributes.Count > 0 ? declared : null;
        }

        if (attributes.Count == 0)
        {
            return null; // an ordinary line of code
        }

        // Cut at an initializer or body so "X => Foo(1)" names X, not Foo; parameters with defaults stay intact.
        var head = HeadEnd().Match(code) is { Success: true } end ? code[..end.Index] : code;
        var name = MethodName().Match(head) is { Success: true } method
            ? method.Groups["name"].Value
            : MemberName().Match(head) is { Success: true } member && !IsKeyword(member.Groups["name"].Value) ? member.Groups["name"].Value : null;
        if (name is null || types.Count == 0)
        {
            return new Declaration(line, DeclarationKind.Unknown, null, null, attributes);
        }

        Close(types, indent);
        return new Declaration(line, DeclarationKind.Member, name.TrimStart('@'), Enclosing(types), attributes);
    }

    private static void Close(Stack<(int Indent, Declaration Type)> types, int indent)
    {
        while (types.Count > 0 && types.Peek().Indent >= indent)
        {
            types.Pop();
        }
    }

    private static Declaration? Enclosing(Stack<(int Indent, Declaration Type)> types) =>
        types.Count > 0 ? types.Peek().Type : null;

    private static bool IsKeyword(string word) => word is "get" or "set" or "init" or "return" or "new" or "var";

    /// <summary>
    /// Reads "[A] [B(x)]" starting at <paramref name="code"/>, continuing onto following lines while a
    /// bracket is open. Collection expressions and indexers ("[a, b],", "[\"R3\"] = …") are not attributes.
    /// </summary>
    private static bool TryReadAttributeSections(string[] lines, ref int index, string code, out List<AttributeUse> attributes, out string rest)
    {
        attributes = [];
        rest = code;
        if (code[0] != '[' || code.Length < 2 || !(char.IsLetter(code[1]) || code[1] == '_' || code[1] == '@'))
        {
            return false;
        }

        var text = new StringBuilder(code);
        var last = index;
        var position = 0;
        var sections = new List<string>();
        while (position < text.Length && text[position] == '[')
        {
            int close;
            while ((close = ClosingBracket(text.ToString(), position)) < 0)
            {
                if (last + 1 >= lines.Length)
                {
                    return false;
                }

                text.Append('\n').Append(lines[++last].Trim());
            }

            sections.Add(text.ToString(position + 1, close - position - 1));
            position = close + 1;
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        var remainder = text.ToString(position, text.Length - position);
        if (remainder.Length > 0 && ",;)=.]?:+-*/%&|>".Contains(remainder[0], StringComparison.Ordinal) && !remainder.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var section in sections)
        {
            var body = AttributeTarget().Replace(section, "");
            foreach (var part in SplitTopLevel(body, ','))
            {
                var open = part.IndexOf('(', StringComparison.Ordinal);
                var name = (open < 0 ? part : part[..open]).Trim();
                name = name[(name.LastIndexOf('.') + 1)..];
                if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
                {
                    name = name[..^"Attribute".Length];
                }

                var arguments = open < 0
                    ? []
                    : SplitTopLevel(part[(open + 1)..part.LastIndexOf(')')], ',').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
                attributes.Add(new AttributeUse(name, arguments));
            }
        }

        index = last;
        rest = remainder;
        return true;
    }

    /// <summary>The index of the ']' that closes the '[' at <paramref name="open"/>, skipping strings and chars; -1 if not on this text.</summary>
    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    i = EndOfLiteral(text, i);
                    break;
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static IEnumerable<string> SplitTopLevel(string text, char separator)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = EndOfLiteral(text, i);
            }
            else if (c is '(' or '[' or '{' or '<')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '>')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>The index of the quote that ends the literal opening at <paramref name="start"/> (verbatim strings included).</summary>
    private static int EndOfLiteral(string text, int start)
    {
        var quote = text[start];
        var verbatim = quote == '"' && start > 0 && text[start - 1] == '@';
        for (var i = start + 1; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe|new)\s+)*(?:class|struct|interface|enum|record(?:\s+(?:class|struct))?)\s+(?<name>@?\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(?<name>@?\w+)(?:<[^()]*>)?\(")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"(?<name>@?\w+)\s*,?\s*$")]
    private static partial Regex MemberName();

    [GeneratedRegex(@"=>|(?<![=!<>])=(?!=)|\{|;")]
    private static partial Regex HeadEnd();

    [GeneratedRegex("\"{3,}")]
    private static partial Regex RawStringDelimiter();

    [GeneratedRegex(@"^\s*\w+\s*:(?!:)")]
    private static partial Regex AttributeTarget();
}

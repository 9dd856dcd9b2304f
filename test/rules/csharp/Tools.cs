using ModelContextProtocol.Server;
using System.ComponentModel;

[McpServerToolType]
public static class EchoTools
{
    [McpServerTool(Name = "echo_named")] // expect: tool echo_named
    public static string Echo(string message) => message;

    [McpServerTool, Description("Reverses")]
    public static string ReverseEchoAsync(string message) => message; // expect: tool reverse_echo

    public static object Picture() => new ImageContentBlock { Data = "", MimeType = "image/png" }; // expect: content image

    // [McpServerTool(Name = "commented")] ok: a comment
    public static string Text() => "[McpServerTool(Name = \"in_string\")]"; // ok: a string
}

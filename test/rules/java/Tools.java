import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.ai.tool.annotation.Tool;

public class Tools {
    static McpSchema.Tool built = McpSchema.Tool.builder().name("built_tool").build(); // expect: tool built_tool

    static McpSchema.Tool created = new McpSchema.Tool("created_tool", "d", "{}"); // expect: tool created_tool

    @Tool(description = "Named after the method")
    public String currentTime() { // expect: tool currentTime
        return "now";
    }

    @Tool(name = "spring_named", description = "x") // expect: tool spring_named
    public String other() {
        return "x";
    }

    static Object picture() {
        return new McpSchema.ImageContent(null, null, "", "image/png"); // expect: content image
    }
    // new McpSchema.Tool("commented", "d", "{}") ok: a comment
}

import org.springframework.ai.mcp.annotation.McpTool;
import org.springframework.ai.mcp.annotation.McpToolParam;

public class McpTools {
    public static final String GET_ISSUE = "get_issue";

    @McpTool(name = "create_page", description = "Creates a page") // expect: tool create_page
    public String createPage(@McpToolParam(description = "title") String title) {
        return title;
    }

    @McpTool(name = GET_ISSUE, description = "Gets an issue") // expect: tool get_issue
    public String getIssue(String key) {
        return key;
    }

    @McpTool(description = "Named after the method")
    public String searchBoards(String query) { // expect: tool searchBoards
        return query;
    }

    @McpToolbox(description = "not the annotation") // ok: another annotation's name
    public String notATool() {
        return "";
    }
    // @McpTool(name = "commented") ok: a comment
}

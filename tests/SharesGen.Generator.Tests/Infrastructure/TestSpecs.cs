namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>
/// Small specs shared by several test classes. Tests that assert line numbers keep their spec inline, unless another
/// test reads the same spec: then the spec lives here and its summary names the lines that are asserted.
/// </summary>
internal static class TestSpecs
{
    /// <summary>
    /// A valid spec with one property whose <c>anyOf</c> contradicts its stated type: it generates code and reports one
    /// SHARESGEN008 warning, so every pipeline step, the diagnostics one included, has an output.
    /// </summary>
    public const string WithAnyOfWarning = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: 1.0.0
        paths:
          /widgets/{widget_id}:
            get:
              operationId: widget-get
              parameters:
                - name: widget_id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: The widget.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/widget'
        components:
          schemas:
            widget:
              type: object
              description: A widget.
              required: [id]
              properties:
                id:
                  type: string
                  description: The widget's id.
                size:
                  description: A number or a word.
                  type: string
                  anyOf:
                    - type: integer
                    - type: string
                color:
                  type: string
                  enum: [red, green]
        """;

    /// <summary>
    /// Two operations with the same <c>operationId</c>, <c>GET /a</c> first and <c>GET /b</c> second: one SHARESGEN006,
    /// reported at the second one's value (line 10, column 20).
    /// </summary>
    public const string TwoOperationsNamedSame = """
        openapi: 3.0.3
        info: { title: T, version: '1' }
        paths:
          /a:
            get:
              operationId: same
              responses: { '204': { description: No content. } }
          /b:
            get:
              operationId: same
              responses: { '204': { description: No content. } }
        """;
}

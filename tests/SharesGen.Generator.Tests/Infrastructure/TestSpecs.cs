namespace SharesGen.Generator.Tests.Infrastructure;

/// <summary>Small specs shared by several test classes. Tests that assert line numbers keep their spec inline instead.</summary>
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
}

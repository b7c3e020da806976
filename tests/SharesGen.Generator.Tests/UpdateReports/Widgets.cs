namespace SharesGen.Generator.Tests.UpdateReports;

/// <summary>
/// A small API that has one of everything the update rules look at: a list and an update operation, path, query and
/// header parameters, a required request body, request-only and response-only properties, enums and constraints.
/// A test edits one thing (<c>Spec.Replace(…)</c>) and compares the two: the minimal pair of specs is the spec and
/// its edit. Every line a test points at is unique in the file.
/// </summary>
internal static class Widgets
{
    public const string Header = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: 1.0.0
        servers:
          - url: https://api.example.com/v1
        paths:

        """;

    public const string ListPath = """
          /widgets:
            get:
              operationId: widgets-list
              responses:
                '200':
                  description: The widgets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/widget'

        """;

    /// <summary>widget-update, <c>PUT /widgets/{widget_id}</c>: two parameters, <see cref="ItemRequestBody"/>, <see cref="ItemAnswer"/> and one security requirement.</summary>
    public const string ItemPath = """
          /widgets/{widget_id}:
            put:
              operationId: widget-update
              parameters:
                - name: widget_id
                  in: path
                  required: true
                  schema:
                    type: string
                - name: dry_run
                  in: query
                  schema:
                    type: boolean

        """ + ItemRequestBody + """
              responses:

        """ + ItemAnswer + """
              security:
                - api_key: []

        """;

    /// <summary>widget-update's required JSON request body: the tests of request bodies take it away or make it optional.</summary>
    public const string ItemRequestBody = """
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/widget_update'

        """;

    /// <summary>widget-update's 200 answer with its JSON body: the tests of response bodies take the body away.</summary>
    public const string ItemAnswer = """
                '200':
                  description: The widget.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/widget'

        """;

    public const string Components = """
        components:
          securitySchemes:
            api_key:
              type: apiKey
              in: header
              name: X-Api-Key
            bearer:
              type: http
              scheme: bearer
          schemas:
            widget_update:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                  maxLength: 64
                color:
                  $ref: '#/components/schemas/color'
                size:
                  type: integer
                  nullable: true
            widget:
              type: object
              required: [id, label]
              properties:
                id:
                  type: string
                label:
                  type: string
                weight:
                  type: number
                note:
                  type: string
                status:
                  type: string
                  enum: [draft, published]
            color:
              type: string
              enum: [red, green]

        """;

    /// <summary>The whole API.</summary>
    public const string Spec = Header + ListPath + ItemPath + Components;
}

namespace SharesGen.Generator.Tests.Selection;

/// <summary>A small spec of two products in Cloudflare's shape: component names carry the product's prefix.</summary>
internal static class SelectionSpecs
{
    public const string TwoProducts = """
        openapi: 3.0.3
        info:
          title: Two products
          version: 1.0.0
        paths:
          /accounts/{account_id}/widgets:
            parameters:
              - name: account_id
                in: path
                required: true
                schema:
                  type: string
            get:
              operationId: widgets-list
              tags: [Widgets]
              responses:
                '200':
                  description: The widgets.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/widgets_widget'
            post:
              operationId: widgets-create
              tags: [Widgets]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/widgets_create_request'
              responses:
                '200':
                  description: The widget.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/widgets_widget'
          /accounts/{account_identifier}/gadgets/{gadget_id}:
            get:
              operationId: gadget-get
              tags: [Gadgets]
              parameters:
                - name: account_identifier
                  in: path
                  required: true
                  schema:
                    type: string
                - name: gadget_id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: The gadget.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/gadgets_gadget'
          /accounts/{account_identifier}/gadgets_archive:
            get:
              operationId: archive-list
              tags: [Gadgets]
              parameters:
                - name: account_identifier
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                '200':
                  description: The archive.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/gadgets_archive'
        components:
          schemas:
            widgets_widget:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                color:
                  $ref: '#/components/schemas/widgets_color'
            widgets_color:
              type: string
              enum: [red, green]
            widgets_create_request:
              type: object
              properties:
                name:
                  type: string
            gadgets_gadget:
              type: object
              properties:
                size:
                  type: integer
            gadgets_archive:
              type: object
              properties:
                count:
                  type: integer
            gadgets_unused:
              type: object
              properties:
                never:
                  type: string
        """;

    /// <summary>
    /// A product whose components name others (<c>widgets_page: {$ref: widgets_widget}</c>, as Cloudflare's
    /// <c>account_identifier: {$ref: identifier}</c>), with or without a second product (its path, and an alias only it reaches).
    /// </summary>
    public static string Aliases(bool gadgetPath, bool gadgetAlias) => $$"""
        openapi: 3.0.3
        info:
          title: Aliases
          version: 1.0.0
        paths:
          /widgets:
            get:
              operationId: widgets-list
              tags: [Widgets]
              responses:
                '200':
                  description: The widgets.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          first:
                            $ref: '#/components/schemas/widgets_page'
        {{(gadgetPath ? GadgetPath : string.Empty)}}
        components:
          schemas:
            widgets_widget:
              type: object
              properties:
                id:
                  type: string
                  example: w-1
            widgets_page:
              $ref: '#/components/schemas/widgets_widget'
        {{(gadgetAlias ? GadgetSchemas : string.Empty)}}
        """;

    private const string GadgetPath = """
          /gadgets:
            get:
              operationId: gadgets-list
              tags: [Gadgets]
              responses:
                '200':
                  description: The gadgets.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          first:
                            $ref: '#/components/schemas/gadgets_widget'
        """;

    private const string GadgetSchemas = """
            gadgets_widget:
              $ref: '#/components/schemas/widgets_widget'
        """;
}

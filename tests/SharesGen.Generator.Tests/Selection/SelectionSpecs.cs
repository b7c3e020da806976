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
}

namespace SharesGen.Generator.Tests.ReaderFeatures;

/// <summary>
/// Specs whose components only name others (<c>a: {$ref: b}</c>), used as a property, an array's item, a request
/// body, a response and a parameter. Microsoft.OpenApi 1.6 resolves such a chain only when the names come in the
/// right order: <c>widget_page</c> is listed after the use in the paths, and <c>c_alias</c> before what it names.
/// </summary>
internal static class ComponentAliasSpecs
{
    public const string Chains = """
        openapi: 3.0.3
        info:
          title: Aliases
          version: 1.0.0
        paths:
          /widgets/{widget_id}:
            put:
              operationId: widgets-put
              parameters:
                - $ref: '#/components/parameters/id_alias'
              requestBody:
                $ref: '#/components/requestBodies/body_alias'
              responses:
                '200':
                  $ref: '#/components/responses/ok_alias'
          /widgets:
            get:
              operationId: widgets-list
              responses:
                '200':
                  description: The widgets.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          first:
                            $ref: '#/components/schemas/widget_page'
                          deep:
                            $ref: '#/components/schemas/a_alias'
                          all:
                            type: array
                            items:
                              $ref: '#/components/schemas/c_alias'
        components:
          parameters:
            id_alias:
              $ref: '#/components/parameters/id_alias2'
            id_alias2:
              $ref: '#/components/parameters/widget_id'
            widget_id:
              name: widget_id
              in: path
              required: true
              schema:
                $ref: '#/components/schemas/id_alias'
          requestBodies:
            body_alias:
              $ref: '#/components/requestBodies/widget_body'
            widget_body:
              required: true
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/b_alias'
          responses:
            ok_alias:
              $ref: '#/components/responses/ok'
            ok:
              description: The widget.
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/widget_page'
          schemas:
            c_alias:
              $ref: '#/components/schemas/b_alias'
            b_alias:
              $ref: '#/components/schemas/a_alias'
            a_alias:
              $ref: '#/components/schemas/widget'
            widget:
              type: object
              properties:
                id:
                  $ref: '#/components/schemas/id_alias'
            widget_page:
              $ref: '#/components/schemas/widget'
            id_alias:
              $ref: '#/components/schemas/widget_identifier'
            widget_identifier:
              type: string
              maxLength: 32
        """;

    /// <summary>A component the reader finds invalid (a discriminator whose property is not required), and an alias of it listed after it.</summary>
    public const string BrokenBehindAlias = """
        openapi: 3.0.3
        info:
          title: Aliases
          version: 1.0.0
        paths:
          /pets:
            get:
              operationId: pets-get
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/pet_alias'
        components:
          schemas:
            pet:
              type: object
              discriminator:
                propertyName: kind
              properties:
                kind:
                  type: string
            pet_alias:
              $ref: '#/components/schemas/pet'
        """;
}

namespace SharesGen.Generator.Tests.Shapes;

/// <summary>
/// Specs with the schema constructs of Cloudflare's whole API, one per test class, each as small as the construct allows.
/// Every one is reached from an operation: only what operations reach is generated.
/// </summary>
internal static class ShapeSpecs
{
    /// <summary>Wraps <paramref name="schemas"/> (indented for <c>components.schemas</c>) in a spec whose one operation returns <paramref name="root"/>.</summary>
    public static string Returning(string root, string schemas) => $$"""
        openapi: 3.0.3
        info: { title: Shapes, version: '1' }
        paths:
          /accounts/{account_id}/things:
            post:
              operationId: things-create
              tags: [Things]
              parameters:
                - { name: account_id, in: path, required: true, schema: { type: string } }
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/{{root}}' }
              responses:
                '200':
                  description: OK.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/{{root}}' }
        components:
          schemas:
        {{schemas}}
        """;

    /// <summary>A <c>oneOf</c> with a discriminator and a mapping: Cloudflare's rulesets, in small.</summary>
    public const string Hierarchy = """
            rule:
              description: A rule of a ruleset.
              oneOf:
                - $ref: '#/components/schemas/block_rule'
                - $ref: '#/components/schemas/redirect_rule'
              discriminator:
                propertyName: action
                mapping:
                  block: '#/components/schemas/block_rule'
                  redirect: '#/components/schemas/redirect_rule'
                  forward: '#/components/schemas/block_rule'
            block_rule:
              type: object
              required: [action]
              properties:
                action: { type: string }
                reason: { type: string }
            redirect_rule:
              type: object
              properties:
                action: { type: string }
                target: { type: string }
            ruleset:
              type: object
              properties:
                rules:
                  type: array
                  items: { $ref: '#/components/schemas/rule' }
                default: { $ref: '#/components/schemas/rule' }
    """;

    /// <summary><c>oneOf</c>/<c>anyOf</c> without a discriminator: of scalars, of an array, of objects told apart by a fixed member.</summary>
    public const string Unions = """
            target:
              type: object
              properties:
                value:
                  description: A host name or a link.
                  oneOf:
                    - { type: string }
                    - { type: integer }
                    - title: link
                      type: object
                      required: [url]
                      properties:
                        url: { type: string }
                ttl:
                  anyOf:
                    - { type: number }
                    - { type: string, enum: [auto] }
                record:
                  oneOf:
                    - $ref: '#/components/schemas/a_record'
                    - $ref: '#/components/schemas/txt_record'
                hosts:
                  oneOf:
                    - { type: array, items: { type: string } }
                    - { type: boolean }
            a_record:
              type: object
              properties:
                type: { type: string, enum: [A] }
                content: { type: string }
            txt_record:
              type: object
              properties:
                type: { type: string, enum: [TXT] }
                content: { type: string }
    """;

    /// <summary><c>allOf</c> at the root, in a property, in an array's items and nested; <c>additionalProperties</c> maps.</summary>
    public const string AllOfAndMaps = """
            base:
              type: object
              required: [id]
              properties:
                id: { type: string }
            stamped:
              type: object
              properties:
                created: { type: string, format: date-time }
            zone:
              allOf:
                - $ref: '#/components/schemas/base'
                - $ref: '#/components/schemas/stamped'
                - type: object
                  properties:
                    name: { type: string }
                    owner:
                      allOf:
                        - $ref: '#/components/schemas/base'
                        - type: object
                          properties:
                            email: { type: string }
                    children:
                      type: array
                      items:
                        allOf:
                          - $ref: '#/components/schemas/base'
                          - $ref: '#/components/schemas/stamped'
                    labels:
                      type: object
                      additionalProperties: { type: string }
                    counts:
                      type: object
                      additionalProperties: { type: integer, format: int32 }
                    nested:
                      type: object
                      additionalProperties:
                        type: array
                        items: { $ref: '#/components/schemas/base' }
                    weights:
                      type: object
                      properties:
                        default: { type: number }
                      additionalProperties: { type: number }
    """;

    /// <summary>Enums over integers, numbers and booleans, and a nullable string enum whose values include null.</summary>
    public const string Enums = """
            redirect:
              type: object
              required: [mode]
              properties:
                status_code: { type: integer, enum: [301, 302, 307] }
                ratio: { type: number, enum: [0.5, 1, 1.5] }
                enabled: { type: boolean, enum: [true] }
                mode: { type: string, nullable: true, enum: [on, off, null] }
                untyped_level: { enum: [1, 2] }
    """;
}

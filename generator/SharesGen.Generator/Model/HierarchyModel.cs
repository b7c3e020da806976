using SharesGen.Generator.Helpers;

namespace SharesGen.Generator.Model;

/// <summary>
/// A <c>oneOf</c>/<c>anyOf</c> of objects with a <c>discriminator</c>: an abstract base class, each alternative a
/// DTO deriving from it, and a converter that reads the discriminator member and hands the object to the variant it
/// names. An object whose discriminator this spec does not name (or that has none) reads as the unknown variant, which
/// keeps the JSON as sent and writes it back unchanged.
/// </summary>
/// <param name="DiscriminatorJsonName">The discriminator member's wire name (<c>propertyName</c>), e.g. <c>action</c>.</param>
/// <param name="UnknownName">The C# name of the variant for values this spec does not name, e.g. <c>UnknownRuleRequest</c>.</param>
/// <param name="UnknownDiscriminatorMember">The unknown variant's member that holds the discriminator as sent, e.g. <c>Action</c>.</param>
internal sealed record HierarchyModel(
    string Name,
    string? Description,
    string DiscriminatorJsonName,
    EquatableArray<HierarchyVariantModel> Variants,
    string UnknownName,
    string UnknownDiscriminatorMember);

/// <summary>A discriminator value and the variant it names; one variant may answer to several values.</summary>
internal sealed record HierarchyVariantModel(string Value, string TypeName);

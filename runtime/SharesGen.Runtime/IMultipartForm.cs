namespace SharesGen.Runtime;

/// <summary>
/// A generated form: a class whose properties are the parts a spec's <c>multipart/form-data</c> body declares. It writes
/// itself into a <see cref="MultipartFormBody"/>, which alone knows how parts are encoded.
/// </summary>
public interface IMultipartForm
{
    /// <summary>A new body holding the form's parts, in the spec's order, then any parts added to it by hand.</summary>
    /// <exception cref="System.ArgumentException">A part the spec requires is not set.</exception>
    MultipartFormBody ToMultipartFormBody();
}

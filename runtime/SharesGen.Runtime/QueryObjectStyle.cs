namespace SharesGen.Runtime;

/// <summary>How a query parameter whose value is an object is written, as the spec's <c>style</c>/<c>explode</c> say.</summary>
/// <remarks>
/// OpenAPI 3.0.3's style table, for <c>{"R": 100, "G": 200}</c> named <c>color</c>: <c>form</c> exploded is
/// <c>R=100&amp;G=200</c> (the default), not exploded <c>color=R,100,G,200</c>; <c>spaceDelimited</c> and
/// <c>pipeDelimited</c>, not exploded, <c>color=R%20100%20G%20200</c> and <c>color=R%7C100%7CG%7C200</c>;
/// <c>deepObject</c> <c>color%5BR%5D=100&amp;color%5BG%5D=200</c> (<c>color[R]=100</c>, the brackets encoded as a
/// query must carry them). Members left null are left out.
/// </remarks>
public enum QueryObjectStyle
{
    /// <summary><c>style: form</c>.</summary>
    Form = 0,

    /// <summary><c>style: spaceDelimited</c>.</summary>
    SpaceDelimited,

    /// <summary><c>style: pipeDelimited</c>.</summary>
    PipeDelimited,

    /// <summary><c>style: deepObject</c>: <c>name[member]=value</c> per member, whatever <c>explode</c> says.</summary>
    DeepObject,
}

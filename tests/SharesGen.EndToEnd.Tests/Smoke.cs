namespace SharesGen.EndToEnd.Tests;

public class Smoke
{
    [NUnit.Framework.Test]
    public void Compiles() => NUnit.Framework.Assert.That(typeof(Contoso.Cloudflare.SharesClient), NUnit.Framework.Is.Not.Null);
}

namespace SharesGen.Testing.Stateful;

/// <summary>What an operation does to the server's state, as its path template and method say.</summary>
internal enum OperationRole
{
    /// <summary><c>GET /things</c>: one page of the collection.</summary>
    List,

    /// <summary><c>POST /things</c> with an object: a new item (<c>POST</c> with an array: one per element).</summary>
    Create,

    /// <summary><c>PUT /things</c>: the collection becomes the body's items.</summary>
    ReplaceAll,

    /// <summary><c>DELETE /things</c>: removes the items the body names (every item when it names none).</summary>
    DeleteMany,

    /// <summary><c>GET /things/{id}</c>.</summary>
    Read,

    /// <summary><c>PUT</c> or <c>PATCH /things/{id}</c>: the body's members replace the item's.</summary>
    Update,

    /// <summary><c>DELETE /things/{id}</c>.</summary>
    Delete,

    /// <summary><c>GET /thing</c> with no way to add items: one value per parent, made up until set.</summary>
    ReadSingleton,

    /// <summary><c>PUT</c> or <c>PATCH /thing</c> of such a value.</summary>
    WriteSingleton,

    /// <summary>Anything else (<c>POST /things/{id}</c>, …): answered from the schema, its parent item included.</summary>
    Action,
}

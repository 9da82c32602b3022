/// One search result: a procedure (by its position in `Catalog.procedures`) and its rank score.
public struct SearchHit: Hashable, Sendable {
    public let procedure: Int
    /// Higher is better. Match quality dominates; the popularity weight breaks ties.
    public let score: Int
}

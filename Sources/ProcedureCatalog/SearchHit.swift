/// One search result: a procedure (by its position in `Catalog.procedures`) and its rank score.
public struct SearchHit: Hashable, Sendable {
    public let procedure: Int
    /// Higher is better. Match quality dominates; the prior (popularity, then a shorter name) breaks ties.
    public let score: Int
}

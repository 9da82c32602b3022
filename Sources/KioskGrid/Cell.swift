/// One terminal cell: a grapheme and its role. A wide grapheme occupies its cell and a continuation cell
/// (empty text) to its right.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell(" ", .plain)

    /// The right half of a wide grapheme: nothing is drawn there.
    public var isContinuation: Bool { text.isEmpty }
}

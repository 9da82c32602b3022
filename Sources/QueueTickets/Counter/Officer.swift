/// An officer who serves at a counter: the staff number they sign in with and the name the citizen's side of
/// the counter shows. The PIN is kept only as a salted hash, in the store.
public struct Officer: Equatable, Sendable {
    public var staffNumber: StaffNumber
    public var name: String

    public init(staffNumber: StaffNumber, name: String) {
        self.staffNumber = staffNumber
        self.name = name
    }
}

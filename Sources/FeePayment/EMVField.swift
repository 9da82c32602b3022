/// One EMVCo data object: a two-digit ID, a two-digit length, the value (1 to 99 characters). Templates (the
/// merchant account, the additional data) hold data objects in their value.
struct EMVField {
    let id: String
    let value: String

    /// The ID, the value's length in characters, the value.
    var encoded: String {
        let length = value.count
        return id + (length < 10 ? "0" : "") + String(length) + value
    }

    static func template(_ id: String, _ fields: [EMVField]) -> EMVField {
        EMVField(id: id, value: fields.map(\.encoded).joined())
    }
}

/// One row of the National Public Service Portal's published list (the layout of national-procedures.tsv):
/// what the portal says of a procedure on its list page, without the details of its record.
public struct NationalListEntry: Sendable, Equatable {
    /// The national code, e.g. `1.000005`.
    public var code: String
    public var name: String
    /// The field's name as the portal writes it, e.g. "Hộ tịch".
    public var field: String
    /// The levels as the portal shows them: "Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác".
    public var levels: [String]
    /// The ministry's key in the portal's address, e.g. `bo-tu-phap`.
    public var ministry: String
    /// The handling agency; nil where the portal says it has no information.
    public var handlingAgency: String?
    public var applicants: String?
    /// The decision that published it, e.g. `2628/QĐ-BTC`.
    public var decision: String?
    /// The procedure's page on the portal.
    public var portal: String
    /// The row's line in the file.
    public var line: Int
}

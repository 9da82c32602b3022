/// Which columns of the bank's statement export hold what a payment's reconciliation needs
/// (`[payments] statement_*` in kiosk.conf), and how its dates are written. Each bank names its columns its
/// own way; the shipped names are those of Vietcombank's account statement export, to be checked against the
/// header of the file the cashier downloads (a header cell "Số tiền ghi có/ Credit" matches "Số tiền ghi có").
public struct StatementColumns: Sendable, Equatable {
    public var date: String
    public var credit: String
    public var description: String
    public var reference: String
    /// As Foundation's `DateFormatter` reads it: "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss".
    public var dateFormat: String

    public init(date: String, credit: String, description: String, reference: String, dateFormat: String) {
        self.date = date
        self.credit = credit
        self.description = description
        self.reference = reference
        self.dateFormat = dateFormat
    }

    public static let shipped = StatementColumns(
        date: "Ngày giao dịch", credit: "Số tiền ghi có", description: "Nội dung", reference: "Số tham chiếu",
        dateFormat: "dd/MM/yyyy")
}

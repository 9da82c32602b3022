import ArgumentParser
import CaseTracking
import ProcedureCatalog

extension Output {
    /// A receipt number given on the command line; anything else is refused (exit 1) with what one looks like.
    static func receipt(_ text: String, vi: Bool) throws -> ReceiptNumber {
        guard let number = ReceiptNumber(parsing: text) else {
            error(vi ? "“\(CatalogText.inert(text))” không phải số hồ sơ (dạng \(ReceiptNumber.example))."
                : "“\(CatalogText.inert(text))” is not a receipt number (like \(ReceiptNumber.example)).")
            throw ExitCode(1)
        }
        return number
    }
}

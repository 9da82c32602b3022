import CaseTracking
import Foundation
import KioskConfiguration
import KioskQR
import ProcedureCatalog

/// What a citizen can carry from the kiosk to a phone: an address, shown as a QR code, and what it opens, said
/// under the code in the kiosk's language.
struct PhoneLink: Equatable, Sendable {
    let url: String
    let opens: LocalizedText

    /// The code, or nil when the address is too long for one; drawn with half blocks where the font has them.
    func code(_ glyphs: Glyphs) -> QRPicture? {
        QREncoder.shared.encode(url).map { QRPicture(code: $0, halfBlocks: glyphs.halfBlocks) }
    }

    /// A procedure's online service where it has one; its page on the portal where it is information only (or
    /// has no online service); nil when the catalog gives neither.
    static func procedure(_ procedure: Procedure) -> PhoneLink? {
        let online = procedure.online.level != .information && !procedure.isInformationOnly
            ? procedure.online.url : nil
        if let url = online, !url.isEmpty {
            return PhoneLink(url: url, opens: UIText.phoneOpensOnline(host(url)))
        }
        guard let url = procedure.listing.portal ?? procedure.online.url, !url.isEmpty else { return nil }
        return PhoneLink(url: url, opens: UIText.phoneOpensPage(host(url)))
    }

    /// The page where the case is followed from home (`cases.lookup_url`); nil when the kiosk names none. The
    /// receipt number is on the citizen's slip already: nothing else of the case goes into the code.
    static func caseLookup(_ receipt: ReceiptNumber, template: String) -> PhoneLink? {
        guard !template.isEmpty, template.contains(KioskConfig.receiptPlaceholder) else { return nil }
        let number = receipt.description.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)
            ?? receipt.description
        let url = template.replacingOccurrences(of: KioskConfig.receiptPlaceholder, with: number)
        return PhoneLink(url: url, opens: UIText.phoneOpensCase(receipt.description, host(url)))
    }

    /// "dichvucong.gov.vn": what a citizen recognises of an address.
    static func host(_ url: String) -> String {
        URLComponents(string: url)?.host ?? url
    }
}

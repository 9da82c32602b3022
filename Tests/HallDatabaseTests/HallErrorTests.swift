import Foundation
import HallDatabase
import ProcedureCatalog
import Testing

/// What an operator reads when the hall server fails: in the command line's language, each kind its own words,
/// and the same after a trip through the fleet's record.
@Suite struct HallErrorTests {
    static let all: [HallError] = [
        .deadline(1.5), .unreachable("Connection refused"), .refusedLogin("password authentication failed"),
        .tls("sslUnsupported"), .schema(found: 6, needed: 7), .schema(found: nil, needed: 7),
        .server("permission denied for table cases"), .noPassword("no line for 127.0.0.1:5432"),
    ]

    @Test func eachProblemIsSaidInBothLanguages() throws {
        for error in Self.all {
            let vi = error.text(in: .vi)
            let en = error.text(in: .en)
            #expect(vi != en, "\(error)")
            #expect(en == error.description, "the log keeps the English")
            #expect(vi.contains("máy chủ sảnh"), "\(vi)")
            #expect(!vi.contains("hall server") && !vi.contains("cannot") && !vi.contains("within"), "the frame is Vietnamese: \(vi)")
            let decoded = try JSONDecoder().decode(HallError.self, from: JSONEncoder().encode(error))
            #expect(decoded == error, "as the fleet's record keeps it")
        }
        #expect(HallError.deadline(1.5).text(in: .vi) == "máy chủ sảnh không trả lời trong 1.5 giây")
        #expect(Set(Self.all.map { $0.text(in: .vi) }).count == Self.all.count, "no two kinds say the same")
    }
}

import Foundation
import HallDatabase
import ProcedureCatalog

extension Output {
    /// An error as the operator reads it: the hall server's in the command line's language; others as they say
    /// themselves (they quote a file, a key, a value).
    static func problem(_ error: any Error, _ language: Language) -> String {
        (error as? HallError)?.text(in: language) ?? "\(error)"
    }
}

import ArgumentParser
import Foundation

extension Output {
    /// The bytes of a file an operator named on the command line, or the operator told it cannot be read (in
    /// their language) and exit 1.
    static func contents(of file: String, vi: Bool) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            error(vi ? "Không đọc được tệp \(file)." : "Cannot read \(file).")
            throw ExitCode(1)
        }
        return data
    }
}

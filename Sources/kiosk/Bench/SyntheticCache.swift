import CaseTracking
import Foundation
import GRDB
import ProcedureCatalog

/// Generated inputs, kept between runs (Benchmarks/cache is outside git).
enum SyntheticCache {
    static func catalog(_ size: Int, in cache: String) throws -> String {
        let folder = "\(cache)/catalog-\(size)"
        if FileManager.default.fileExists(atPath: folder + "/catalog.yaml") { return folder }
        FileHandle.standardError.write(Data("bench: generating a catalog of \(size) procedures\n".utf8))
        try? FileManager.default.removeItem(atPath: folder)
        try SyntheticCatalog(procedureCount: size, seed: 1, perFile: 500).write(to: folder)
        return folder
    }

    /// The receipt number of synthetic case `i`: a day from 2020-01-01 and that day's sequence.
    static func receipt(_ i: Int) -> ReceiptNumber {
        let day = LocalDay("2020-01-01")!.adding(days: i / 9999)
        return ReceiptNumber(agency: "000.00.13.H08", day: day.yymmdd, sequence: i % 9999 + 1)!
    }

    /// The second-factor key of the generated cases (not secret: the cases are made up).
    static let key = SecondFactorKey(bytes: [UInt8](repeating: 7, count: SecondFactorKey.byteCount))

    static func cases(_ count: Int, in cache: String, log: (String) -> Void) throws -> String {
        let path = "\(cache)/cases-v2-\(count).sqlite"
        let marker = path + ".done"
        if FileManager.default.fileExists(atPath: marker) { return path }
        log("generating \(count) cases (once; kept in \(cache))")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        _ = try SQLiteCaseStore(path: path, key: key)  // the schema
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = OFF")
            let batch = 100_000
            var start = 0
            while start < count {
                try db.inTransaction {
                    let statement = try db.makeStatement(sql: """
                        INSERT INTO cases (receipt, procedure_code, masked_name, second_factor, channel, received_at,
                            appointment, status, handling_agency, missing_documents, amounts_due)
                        VALUES (?, '2.000488.000.00.00.H08', 'Nguyễn V** A*', ?, 'in_person', '2026-11-20 08:15',
                            '2026-12-04', ?, 'STP', '[]', '[]')
                        """)
                    for i in start ..< min(count, start + batch) {
                        let number = receipt(i)
                        let digest = key.digest(receipt: number, last4: String(format: "%04d", i % 10_000))
                        try statement.execute(arguments: [number.description, Data(digest.bytes), 1 + i % 10])
                    }
                    return .commit
                }
                start += batch
            }
        }
        FileManager.default.createFile(atPath: marker, contents: nil)
        return path
    }
}

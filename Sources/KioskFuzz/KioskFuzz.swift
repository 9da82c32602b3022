import CaseTracking
import Foundation
import KioskConfiguration
import ProcedureCatalog

/// libFuzzer targets for what strangers and operators feed the kiosk: receipt numbers, search queries, catalog
/// files and kiosk.conf, and the catalog snapshot as a damaged file could hold it. `KIOSK_FUZZ_TARGET` picks one
/// (receipt, query, catalog, config, snapshot). Built with
/// `-sanitize=fuzzer -DFUZZING` by scripts/fuzz; built normally it replays the files given as arguments
/// (a corpus, a crash) through the same target.
enum FuzzTarget: String, CaseIterable {
    case receipt, query, catalog, config, snapshot

    static let current: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KIOSK_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fatalError("set KIOSK_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .receipt: Self.receipt(text)
        case .query: Self.query(text)
        case .catalog: Self.catalog(text)
        case .config: Self.config(text)
        case .snapshot: Self.snapshot(bytes)
        }
    }

    /// A number read once reads the same again from its own canonical form.
    static func receipt(_ text: String) {
        guard let number = ReceiptNumber(parsing: text) else { return }
        check(number.description.utf8.count == 25, "canonical length")
        check(ReceiptNumber(parsing: number.description) == number, "canonical form reads back")
        check(!number.masked.contains(number.day), "masked hides the day")
    }

    static let index: (Catalog, SearchIndex) = {
        let folder = ProcessInfo.processInfo.environment["KIOSK_FUZZ_CATALOG"] ?? "Catalog"
        let catalog = try! CatalogLoader.load(directory: folder)
        return (catalog, SearchIndex(catalog: catalog))
    }()

    /// Folding is idempotent and leaves no diacritic; search and highlighting never fail or step out of bounds.
    static func query(_ text: String) {
        let folded = VietnameseFolding.fold(text)
        check(VietnameseFolding.fold(folded) == folded, "folding is idempotent")
        check(!folded.unicodeScalars.contains { (0x300...0x36F).contains($0.value) || $0 == "đ" }, "no diacritics left")
        let (catalog, index) = index
        for hit in index.search(text, limit: 20) {
            check(hit.procedure < catalog.procedures.count, "hit in range")
            let name = catalog.procedures[hit.procedure].name.vi
            for range in index.highlighter(for: text).ranges(in: name) {
                check(range.lowerBound >= name.startIndex && range.upperBound <= name.endIndex, "range in bounds")
            }
        }
    }

    static let scratch: String = {
        let folder = NSTemporaryDirectory() + "kiosk-fuzz-catalog-\(getpid())"
        let source = ProcessInfo.processInfo.environment["KIOSK_FUZZ_CATALOG"] ?? "Catalog"
        try? FileManager.default.createDirectory(atPath: folder + "/procedures", withIntermediateDirectories: true)
        for file in ["catalog.yaml", "fields.yaml", "agencies.yaml"] {
            try? FileManager.default.removeItem(atPath: folder + "/" + file)
            try? FileManager.default.copyItem(atPath: source + "/" + file, toPath: folder + "/" + file)
        }
        return folder
    }()

    /// Any text as a procedure file: a catalog or a list of problems, whose messages are safe for a terminal.
    static func catalog(_ text: String) {
        try? text.write(toFile: scratch + "/procedures/fuzz.yaml", atomically: false, encoding: .utf8)
        do {
            let catalog = try CatalogLoader.load(directory: scratch)
            check(!catalog.procedures.isEmpty, "a loaded catalog has procedures")
        } catch {
            for problem in error.problems {
                for language in Language.allCases {
                    check(CatalogText.firstControlCharacter(problem.message(in: language)) == nil, "inert message")
                }
            }
        }
    }

    /// Any text as kiosk.conf: settings or problems, whose messages are safe for a terminal.
    static func config(_ text: String) {
        do {
            let config = try KioskConfig.parse(text, file: "kiosk.conf", baseFolder: "/opt/kiosk")
            check((15...3600).contains(config.idleTimeoutSeconds), "idle timeout in range")
        } catch {
            for problem in error.problems {
                for language in Language.allCases {
                    check(CatalogText.firstControlCharacter(problem.message(in: language)) == nil, "inert message")
                }
            }
        }
    }

    /// Any bytes as a snapshot's contents: refused, or a catalog and index whose every search stays in bounds.
    static func snapshot(_ bytes: [UInt8]) {
        guard let (catalog, index) = try? CatalogSnapshot.decodeContents(bytes) else { return }
        check(index.procedureCount == catalog.procedures.count, "index matches the catalog")
        for query in ["d", "dang ky", "giay phep xa", "khai snih", "1.0", "1.001193", "ho c"] {
            for hit in index.search(query, limit: 20) {
                check(hit.procedure < catalog.procedures.count, "hit in range")
                _ = index.highlighter(for: query).ranges(in: catalog.procedures[hit.procedure].name.vi)
            }
        }
    }

    static func check(_ condition: Bool, _ what: String) {
        if !condition { fatalError("fuzz invariant broken: \(what)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func kioskFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.current.run(bytes)
    return 0
}

#if FUZZING
/// libFuzzer's driver, in libclang_rt.fuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`: here it hands over to libFuzzer.
@_cdecl("KioskFuzz_main")
public func kioskFuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, kioskFuzzOne)
}
#else
/// Without libFuzzer: replays inputs (files) through the target, for corpora and crash reproduction.
@main
struct KioskFuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            FuzzTarget.current.run(Array(data))
        }
    }
}
#endif

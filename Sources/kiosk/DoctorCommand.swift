import ArgumentParser
import CaseTracking
import Foundation
import KioskConfiguration
import KioskOperations
import KioskTerminal
import KioskUI
import ProcedureCatalog

/// `kiosk doctor`: is this machine ready to run the kiosk? Every check in plain words; exit 1 when one fails.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the terminal, locale, colours, mouse, kiosk.conf, catalog, databases and log; report in plain words."
    )

    @OptionGroup var options: CommonOptions

    enum Verdict: String { case ok = "✔", warning = "⚠", failure = "✘" }

    struct Finding {
        var verdict: Verdict
        var vi: String
        var en: String
    }

    func run() throws {
        let language = options.lang ?? .vi
        var findings: [Finding] = []
        func note(_ verdict: Verdict, _ vi: String, _ en: String) { findings.append(Finding(verdict: verdict, vi: vi, en: en)) }

        let probe = TerminalProbe.run()
        if !probe.isTerminal {
            note(.warning, "Không chạy trong terminal: kiểm tra màn hình cần chạy lệnh này trên chính kiosk.",
                 "Not run in a terminal: run this on the kiosk's own screen to check it.")
        } else if probe.width < 40 || probe.height < 12 {
            note(.failure, "Màn hình \(probe.width)x\(probe.height) nhỏ hơn 40x12.", "The screen \(probe.width)x\(probe.height) is smaller than 40x12.")
        } else {
            note(.ok, "Màn hình \(probe.width)x\(probe.height).", "Screen \(probe.width)x\(probe.height).")
        }
        if probe.known {
            note(.ok, "Loại terminal \(probe.name) có trong terminfo.", "Terminal type \(probe.name) is in terminfo.")
        } else {
            note(.failure, "Loại terminal “\(probe.name)” (TERM) không có trong terminfo.",
                 "Terminal type “\(probe.name)” (TERM) is not in terminfo.")
        }
        note(probe.utf8 ? .ok : .failure,
             probe.utf8 ? "Bảng mã UTF-8 sẵn sàng: tiếng Việt hiển thị đúng." : "Không có bảng mã UTF-8 (cần C.UTF-8): chữ Việt sẽ mất dấu.",
             probe.utf8 ? "A UTF-8 locale is available: Vietnamese shows correctly." : "No UTF-8 locale (C.UTF-8 is needed): Vietnamese letters would be lost.")
        if probe.known {
            note(probe.colors >= 8 ? .ok : .warning,
                 probe.colors >= 8 ? "\(probe.colors) màu." : "Terminal không có màu: kiosk dùng chữ đậm, gạch chân, đảo màu.",
                 probe.colors >= 8 ? "\(probe.colors) colours." : "No colours: the kiosk uses bold, underline and reverse video.")
            note(probe.mouse ? .ok : .warning,
                 probe.mouse ? "Chuột/cảm ứng được hỗ trợ." : "terminfo không báo hỗ trợ chuột: màn hình cảm ứng có thể không chạy (dùng TERM=xterm-256color).",
                 probe.mouse ? "Mouse and touch are supported." : "terminfo reports no mouse: touch may not work (use TERM=xterm-256color).")
        }

        let config: KioskConfig
        do {
            config = try options.loadConfig()
            note(.ok, "kiosk.conf hợp lệ.", "kiosk.conf is valid.")
        } catch {
            note(.failure, "kiosk.conf có lỗi (xem ở trên).", "kiosk.conf has problems (listed above).")
            report(findings, language)
            throw ExitCode(1)
        }
        checkStaff(config, note)
        let catalog = try? options.loadCatalog(config)
        if let catalog {
            let synthetic = catalog.procedures.contains(where: \.synthetic)
            let shown = catalog.scoped(config.catalogScope).procedures.count
            let scope = shown == catalog.procedures.count ? ("", "")
                : (", kiosk này hiện \(shown) (các cấp của tỉnh; catalog.all_levels = false)",
                   ", this kiosk shows \(shown) (the province's levels; catalog.all_levels = false)")
            note(synthetic ? .warning : .ok,
                 "Danh mục: \(catalog.procedures.count) thủ tục\(scope.0)" + (synthetic ? ", có thủ tục TỔNG HỢP (không có thật)." : "."),
                 "Catalog: \(catalog.procedures.count) procedures\(scope.1)" + (synthetic ? ", some SYNTHETIC (not real)." : "."))
        } else {
            note(.failure, "Danh mục có lỗi (xem ở trên).", "The catalog has problems (listed above).")
            noteLastGood(config, note)
        }
        if catalog != nil { checkSnapshot(config, note) }
        if let catalog { checkConsoleFont(probe, catalog, note) }
        checkCases(config, note)
        checkHall(config, note)
        checkPrinter(config, note)
        checkQueue(config, catalog, note)
        checkSpeech(config, note)
        checkLog(config, note)
        checkPrivate(config, note)
        report(findings, language)
        if findings.contains(where: { $0.verdict == .failure }) { throw ExitCode(1) }
    }

    /// On the Linux console, whether the loaded font holds every character the kiosk draws there: its symbols,
    /// its own words and the catalog's.
    private func checkConsoleFont(_ probe: TerminalProbe, _ catalog: Catalog, _ note: (Verdict, String, String) -> Void) {
        guard probe.name.hasPrefix("linux") else { return }
        guard let font = ConsoleFont.characters() else {
            note(.warning, "Không đọc được phông chữ của console (cần chạy trên chính console tty): chưa kiểm tra chữ Việt.",
                 "Cannot read the console's font (run this on the console tty itself): Vietnamese letters not checked.")
            return
        }
        let drawn = ConsoleText.characters(catalog)
        let missing = drawn.filter { !font.contains($0) }.sorted { $0.value < $1.value }
        if missing.isEmpty {
            note(.ok, "Phông chữ console có đủ \(drawn.count) ký tự kiosk dùng.", "The console font holds all \(drawn.count) characters the kiosk draws.")
        } else {
            let list = missing.prefix(20).map { String(Character($0)) }.joined(separator: " ")
            note(.failure, "Phông chữ console thiếu \(missing.count) ký tự (\(list)): cài Vietnamese-Fixed16 (deploy/install.sh).",
                 "The console font lacks \(missing.count) characters (\(list)): load Vietnamese-Fixed16 (deploy/install.sh).")
        }
    }

    private func checkStaff(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        guard let hash = config.staffPINHash else {
            note(.warning, "Chưa đặt mã PIN nhân viên: tổ hợp phím thoát một mình đủ để đóng kiosk.",
                 "No staff PIN: the exit chord alone closes the kiosk.")
            return
        }
        if StaffPIN.matches(StaffPIN.demo, hash: hash) {
            note(.failure, "Mã PIN nhân viên vẫn là mã mẫu \(StaffPIN.demo), không dùng được ở sảnh: đặt mã mới bằng `kiosk pin-hash`.",
                 "The staff PIN is still the demo PIN \(StaffPIN.demo), not fit for a hall: set a new one with `kiosk pin-hash`.")
        } else {
            note(.ok, "Đã đặt mã PIN nhân viên.", "A staff PIN is set.")
        }
        let exit = StaffExitReport.make(config: config, at: Date())
        note(exit.verdict == .open ? .ok : exit.verdict == .unreadable ? .failure : .warning, exit.vi, exit.en)
        if !config.caseSecondFactor {
            note(.warning, "Tra cứu hồ sơ không hỏi 4 số CCCD: không hiện thông tin cá nhân nào.",
                 "Case look-up asks no ID digits: nothing personal is shown.")
        }
    }

    private func checkCases(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        let keyPath = config.secondFactorKeyPath
        let key: SecondFactorKey
        do {
            key = try SecondFactorKeyFile.load(keyPath, create: false)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: keyPath)
            let exists = FileManager.default.fileExists(atPath: config.casesDatabasePath)
            note(missing && !exists ? .ok : .failure,
                 missing ? "Chưa có khóa xác thực \(keyPath)" + (exists ? ": hồ sơ đã nhập không tra cứu được; chép khóa của sảnh vào đây." : " (kiosk tạo khi chạy lần đầu).")
                    : "Khóa xác thực không dùng được: \(error)",
                 missing ? "No second-factor key at \(keyPath)" + (exists ? ": imported cases cannot be looked up; copy the hall's key here." : " (the kiosk creates one on first start).")
                    : "The second-factor key cannot be used: \(error)")
            if !exists { noteNoCases(config, note) }
            return
        }
        if SecondFactorKeyFile.isReadableByOthers(keyPath) {
            note(.failure, "Khóa xác thực \(keyPath) đọc được bởi người khác: chmod 600.",
                 "The second-factor key \(keyPath) is readable by others: chmod 600 it.")
        } else {
            note(.ok, "Khóa xác thực \(keyPath) (dấu \(key.fingerprint)), chỉ chủ tệp đọc được.",
                 "Second-factor key \(keyPath) (fingerprint \(key.fingerprint)), readable by its owner only.")
        }
        guard FileManager.default.fileExists(atPath: config.casesDatabasePath) else {
            noteNoCases(config, note)
            return
        }
        do {
            let store = try SQLiteCaseStore(path: config.casesDatabasePath, key: key)
            if let damage = try store.quickCheck() {
                note(.failure, "Cơ sở dữ liệu hồ sơ \(config.casesDatabasePath) bị hỏng (\(damage)): kiosk báo “tạm gián đoạn”; nhập lại hồ sơ vào tệp mới.",
                     "The case database \(config.casesDatabasePath) is damaged (\(damage)): the kiosk answers “unavailable”; import the cases into a new file.")
                return
            }
            let locks = try store.locks(at: Date())
            if locks.isEmpty {
                note(.ok, "Không có số hồ sơ nào bị khóa tra cứu.", "No receipt number is locked for look-ups.")
            } else {
                let list = locks.prefix(10).map(\.receipt.masked).joined(separator: ", ")
                note(.warning, "\(locks.count) số hồ sơ bị khóa tra cứu vì nhập sai nhiều lần: \(list) (kiosk cases locks; kiosk cases unlock SỐ-HỒ-SƠ).",
                     "\(locks.count) receipt number(s) locked after failed look-ups: \(list) (kiosk cases locks; kiosk cases unlock RECEIPT).")
            }
            let count = try store.count()
            if count.all == 0 {
                noteNoCases(config, note)
            } else {
                note(count.demo > 0 ? .warning : .ok,
                     "Cơ sở dữ liệu hồ sơ: \(count.all) hồ sơ" + (count.demo > 0 ? ", trong đó \(count.demo) hồ sơ MẪU." : "."),
                     "Case database: \(count.all) cases" + (count.demo > 0 ? ", \(count.demo) of them DEMO cases." : "."))
            }
        } catch {
            note(.failure, "Không mở được cơ sở dữ liệu hồ sơ: \(error)", "Cannot open the case database: \(error)")
        }
    }

    /// A kiosk with no case answers every look-up with "unavailable" (never "no case matches"): it works, but
    /// not for cases.
    private func noteNoCases(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        note(.warning, "Cơ sở dữ liệu hồ sơ \(config.casesDatabasePath) chưa có hồ sơ nào: tra cứu hồ sơ báo “tạm gián đoạn” cho đến khi nhập hồ sơ (kiosk cases import) hoặc nạp hồ sơ mẫu (kiosk cases seed).",
             "The case database \(config.casesDatabasePath) holds no case: look-ups answer “unavailable” until cases are imported (kiosk cases import) or demo cases seeded (kiosk cases seed).")
    }

    /// var/'s files are the kiosk user's alone (the kiosk itself tightens them at each start).
    private func checkPrivate(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        let loose = PrivateFiles(config: config).loose()
        if loose.isEmpty {
            note(.ok, "Các tệp riêng của kiosk (hồ sơ, đánh giá, nhật ký, khóa) chỉ người dùng của kiosk đọc được.",
                 "The kiosk's own files (cases, ratings, log, keys) are readable by the kiosk's user only.")
        } else {
            // A file others can read gives its contents away; a folder open to them only its files' names.
            let list = loose.prefix(8).map(\.description).joined(separator: ", ")
            note(loose.contains { !$0.isFolder } ? .failure : .warning,
                 "Người khác đọc được: \(list): chmod 600 (thư mục 700), hoặc khởi động lại kiosk.",
                 "Readable by others: \(list): chmod 600 (folders 700), or restart the kiosk.")
        }
    }

    private func checkLog(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        let folder = (config.logPath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        let writable = FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder)
        note(writable ? .ok : .failure,
             writable ? "Ghi được nhật ký vào \(config.logPath)." : "Không ghi được nhật ký vào \(config.logPath).",
             writable ? "The log \(config.logPath) is writable." : "Cannot write the log \(config.logPath).")
    }

    private func report(_ findings: [Finding], _ language: Language) {
        for finding in findings {
            print(CatalogText.inert("\(finding.verdict.rawValue) " + (language == .vi ? finding.vi : finding.en)))
        }
    }

    /// With files that do not validate, the kiosk starts on the last good snapshot, if there is one.
    private func noteLastGood(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        let folder = options.catalog ?? config.catalogPath
        guard let path = config.catalogSnapshotPath,
              let (catalog, _) = try? CatalogSnapshot.readLastGood(path, directory: folder, scope: config.catalogScope)
        else {
            note(.failure, "Không có bản chụp danh mục hợp lệ trước đó: kiosk không khởi động được cho đến khi sửa danh mục.",
                 "No earlier good catalog snapshot: the kiosk cannot start until the catalog is mended.")
            return
        }
        let written = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)?
            .map { $0.formatted(.iso8601) } ?? "?"
        note(.warning, "Kiosk chạy bằng danh mục hợp lệ gần nhất (\(path), ghi lúc \(written), \(catalog.procedures.count) thủ tục) cho đến khi sửa danh mục.",
             "The kiosk runs on the last good catalog (\(path), written \(written), \(catalog.procedures.count) procedures) until the catalog is mended.")
    }

    /// Whether the next start will read the catalog snapshot or the YAML (slower at national scale).
    private func checkSnapshot(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        guard let path = config.catalogSnapshotPath else {
            note(.ok, "Không dùng bản chụp danh mục (paths.catalog_snapshot = \"\").",
                 "No catalog snapshot is kept (paths.catalog_snapshot = \"\").")
            return
        }
        let folder = options.catalog ?? config.catalogPath
        do {
            if try CatalogSnapshot.read(path, fingerprint: CatalogSnapshot.fingerprint(of: folder, scope: config.catalogScope)) != nil {
                note(.ok, "Bản chụp danh mục \(path) khớp với danh mục: kiosk khởi động nhanh.",
                     "The catalog snapshot \(path) matches the catalog: the kiosk starts fast.")
            } else {
                note(.ok, "Chưa có bản chụp danh mục khớp \(path): lần khởi động tới đọc YAML rồi ghi bản chụp.",
                     "No matching catalog snapshot at \(path): the next start reads the YAML, then writes one.")
            }
        } catch {
            note(.warning, "Bản chụp danh mục \(path) bị hỏng (\(error)): lần khởi động tới đọc YAML và ghi lại.",
                 "The catalog snapshot \(path) is damaged (\(error)): the next start reads the YAML and rewrites it.")
        }
    }
}

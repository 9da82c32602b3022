import Foundation
import KioskConfiguration
import KioskPrinting
import ProcedureCatalog
import QueueTickets

extension DoctorCommand {
    /// The receipt printer of kiosk.conf: reachable, and its paper (a network printer answers the paper sensor;
    /// a USB device or a file can only be opened).
    func checkPrinter(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        guard let printer = config.printer else {
            note(.ok, "Không có máy in (printer.device trống): kiosk không hiện nút in.",
                 "No printer (printer.device is empty): the kiosk shows no print buttons.")
            return
        }
        let device = printer.device.description
        let paper = "\(printer.paperMillimetres) mm, \(printer.codePage.rawValue)"
        switch PrinterConnection(device: printer.device).check() {
        case .success(.present):
            note(.ok, "Máy in \(device) (\(paper)): sẵn sàng, còn giấy.", "Printer \(device) (\(paper)): ready, paper loaded.")
        case .success(.nearEnd):
            note(.warning, "Máy in \(device): cuộn giấy sắp hết.", "Printer \(device): the paper roll is nearly out.")
        case .success(.out):
            note(.failure, "Máy in \(device): hết giấy.", "Printer \(device): out of paper.")
        case .success(.unknown):
            note(.ok, "Máy in \(device) (\(paper)): mở được (thiết bị này không báo tình trạng giấy).",
                 "Printer \(device) (\(paper)): opens (this device does not report its paper).")
        case .failure(let fault):
            note(.failure, "Máy in \(device) không dùng được: \(fault). Kiosk vẫn chạy và báo cho người dân khi không in được.",
                 "Printer \(device) is not usable: \(fault). The kiosk runs on and tells citizens when it cannot print.")
        }
    }

    /// The queue's store: the kiosk's own file (the hall server's queue is checked with the server's schema).
    func checkQueue(_ config: KioskConfig, _ catalog: Catalog?, _ note: (Verdict, String, String) -> Void) {
        let lines = catalog?.queueLines.count ?? 0
        guard lines > 0 else {
            note(.warning, "Danh mục không có hàng đợi (queue trong agencies.yaml): kiosk không cấp số thứ tự.",
                 "The catalog has no queue (queue in agencies.yaml): the kiosk issues no queue numbers.")
            return
        }
        guard config.hallServer == nil else {
            note(.ok, "Số thứ tự: \(lines) hàng đợi, cấp chung qua máy chủ sảnh.",
                 "Queue numbers: \(lines) queues, shared through the hall server.")
            return
        }
        do {
            _ = try SQLiteQueueStore(path: config.queueDatabasePath).board(day: "2000-01-01")
            note(.ok, "Số thứ tự: \(lines) hàng đợi, lưu tại \(config.queueDatabasePath).",
                 "Queue numbers: \(lines) queues, kept in \(config.queueDatabasePath).")
        } catch {
            note(.failure, "Không mở được tệp số thứ tự \(config.queueDatabasePath): \(error)",
                 "Cannot open the queue file \(config.queueDatabasePath): \(error)")
        }
    }
}

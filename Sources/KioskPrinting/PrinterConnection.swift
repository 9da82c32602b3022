import Foundation
import KioskConfiguration

/// Sends a printout's bytes to the printer of kiosk.conf, never waiting past a deadline: a USB device and a
/// file are written without blocking, a network printer is connected to with a time limit. Called off the input
/// loop (an effect); the result comes back to the screen as an event.
public struct PrinterConnection: Sendable {
    public var device: PrinterSettings.Device
    /// How long a print may take in all before it counts as failed.
    public var deadline: TimeInterval

    public init(device: PrinterSettings.Device, deadline: TimeInterval = 3) {
        self.device = device
        self.deadline = deadline
    }

    /// Sends the bytes; for a network printer, first asks for the paper status (a printer with no paper would
    /// take the bytes and print nothing).
    public func send(_ bytes: [UInt8]) -> Result<Void, PrinterFault> {
        let until = Date().addingTimeInterval(deadline)
        let descriptor: Int32
        switch open(until: until) {
        case .failure(let fault): return .failure(fault)
        case .success(let opened): descriptor = opened
        }
        defer { close(descriptor) }
        if case .network = device, Self.paper(descriptor, until: min(until, Date().addingTimeInterval(1))) == .out {
            return .failure(.outOfPaper)
        }
        return Self.write(bytes, to: descriptor, until: until)
    }

    /// What `kiosk doctor` reports: the device can be reached, and what its paper sensor says.
    public func check() -> Result<PaperStatus, PrinterFault> {
        let until = Date().addingTimeInterval(deadline)
        switch open(until: until) {
        case .failure(let fault): return .failure(fault)
        case .success(let descriptor):
            defer { close(descriptor) }
            guard case .network = device else { return .success(.unknown) }
            return .success(Self.paper(descriptor, until: until))
        }
    }

    private func open(until: Date) -> Result<Int32, PrinterFault> {
        switch device {
        case .file(let path):
            return Self.openFile(path, flags: O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK)
        case .character(let path):
            return Self.openFile(path, flags: O_RDWR | O_NONBLOCK)
        case .network(let host, let port):
            return NetworkPrinter.connect(host: host, port: port, until: until)
        }
    }

    private static func openFile(_ path: String, flags: Int32) -> Result<Int32, PrinterFault> {
        var descriptor = Glibc.open(path, flags | O_CLOEXEC, 0o644)
        // A printer device that cannot be read back (some USB printers) is written only.
        if descriptor < 0 && flags & O_RDWR != 0 { descriptor = Glibc.open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.unreachable(String(cString: strerror(errno)))) }
        return .success(descriptor)
    }

    static func write(_ bytes: [UInt8], to descriptor: Int32, until: Date) -> Result<Void, PrinterFault> {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                sent += count
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EINTR else {
                return .failure(.writeFailed(String(cString: strerror(errno))))
            }
            guard wait(descriptor, for: Int16(POLLOUT), until: until) else { return .failure(.timedOut) }
        }
        return .success(())
    }

    /// DLE EOT 4 and its one-byte answer, if it comes before `until`.
    static func paper(_ descriptor: Int32, until: Date) -> PaperStatus {
        guard case .success = write(ESCPOS.paperStatusRequest, to: descriptor, until: until) else { return .unknown }
        guard wait(descriptor, for: Int16(POLLIN), until: until) else { return .unknown }
        var byte: UInt8 = 0
        guard Glibc.read(descriptor, &byte, 1) == 1 else { return .unknown }
        // A status byte always has bit 4 set and bit 7 clear; anything else is not an answer to the request.
        guard byte & 0x90 == 0x10 else { return .unknown }
        if byte & ESCPOS.paperOutBits != 0 { return .out }
        return byte & ESCPOS.paperLowBits != 0 ? .nearEnd : .present
    }

    /// Whether the descriptor became ready before `until`.
    static func wait(_ descriptor: Int32, for events: Int16, until: Date) -> Bool {
        while true {
            let left = until.timeIntervalSinceNow
            guard left > 0 else { return false }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&entry, 1, Int32(min(left * 1000, 60_000).rounded(.up)))
            if ready > 0 { return entry.revents & events != 0 }
            if ready < 0 && errno != EINTR { return false }
        }
    }
}

/// A TCP connection to a network printer, made without blocking past the deadline.
enum NetworkPrinter {
    static func connect(host: String, port: Int, until: Date) -> Result<Int32, PrinterFault> {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var found: UnsafeMutablePointer<addrinfo>?
        let looked = getaddrinfo(host, String(port), &hints, &found)
        guard looked == 0, let first = found else {
            return .failure(.unreachable(String(cString: gai_strerror(looked))))
        }
        defer { freeaddrinfo(found) }
        var fault = PrinterFault.unreachable("no address")
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let address = entry {
            switch attempt(address.pointee, until: until) {
            case .success(let descriptor): return .success(descriptor)
            case .failure(let failure): fault = failure
            }
            entry = address.pointee.ai_next
        }
        return .failure(fault)
    }

    private static func attempt(_ address: addrinfo, until: Date) -> Result<Int32, PrinterFault> {
        let descriptor = socket(address.ai_family, address.ai_socktype | Int32(SOCK_NONBLOCK.rawValue)
                                | Int32(SOCK_CLOEXEC.rawValue), address.ai_protocol)
        guard descriptor >= 0 else { return .failure(.unreachable(String(cString: strerror(errno)))) }
        if Glibc.connect(descriptor, address.ai_addr, address.ai_addrlen) != 0 && errno != EINPROGRESS {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            return .failure(.unreachable(reason))
        }
        guard PrinterConnection.wait(descriptor, for: Int16(POLLOUT), until: until) else {
            close(descriptor)
            return .failure(.timedOut)
        }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length)
        guard error == 0 else {
            close(descriptor)
            return .failure(.unreachable(String(cString: strerror(error))))
        }
        return .success(descriptor)
    }
}

/// The program's version, as `kiosk --version` prints it and the About screen shows it. Raised with each
/// release; the catalog's own version is its content (`kiosk validate`).
public enum KioskVersion {
    public static let current = "0.13.0"
}

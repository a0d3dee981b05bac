//! Gives the Windows executable its icon and version information (file properties in
//! Explorer), so IT can tell which version a copied `rutineveileder.exe` is.

fn main() {
    println!("cargo:rerun-if-changed=assets/rutineveileder.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/rutineveileder.ico")
        .set("ProductName", "Rutineveileder")
        .set(
            "FileDescription",
            "Rutineveileder – rutine for kartlegging og identifisering av selvmordsrisiko",
        )
        .set("CompanyName", "Rutineveileder")
        .set("LegalCopyright", "Rutineveileder");
    if let Err(error) = resource.compile() {
        // A Windows build without its icon and version is not the program IT expects.
        panic!("could not add the icon and version information: {error}");
    }
}

//! Writes each language file (every shipped language but the built-in fallback) into a
//! directory, as `<code>.txt`: the text build.rs compiled from `content/locales/<code>/`
//! (`engine::language_pack`). `tools/language-files.mjs` runs it during the build, then names
//! each file by its hash in `dist/lang/` and gives the start-up script their integrity hashes.
//!
//! ```sh
//! cargo run -q --features build-tools --bin language-files -- <directory>
//! ```

use std::path::PathBuf;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: language-files <directory>");
        std::process::exit(2);
    };
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("language-files: cannot create {}: {error}", dir.display());
        std::process::exit(1);
    }
    for (code, text) in widget::language_files::built::LANGUAGE_FILES {
        let path = dir.join(format!("{code}.txt"));
        if let Err(error) = std::fs::write(&path, text) {
            eprintln!("language-files: cannot write {}: {error}", path.display());
            std::process::exit(1);
        }
        println!("{code}");
    }
}

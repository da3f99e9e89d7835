//! SHA-256 as presskit writes it: lower-case hex, of some bytes or of a list of parts,
//! each part prefixed by its length so that no two lists hash alike. The manifests, the
//! up-to-date records and the archive's checks all use it.

use sha2::{Digest, Sha256};

/// The SHA-256 of `bytes`, in lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    to_hex(&Sha256::digest(bytes))
}

/// Bytes in lower-case hex.
fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A SHA-256 over parts added one by one, each prefixed by its length.
#[derive(Default)]
pub struct Parts(Sha256);

impl Parts {
    /// No part yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one part.
    pub fn add(&mut self, part: &[u8]) {
        self.0.update((part.len() as u64).to_le_bytes());
        self.0.update(part);
    }

    /// The digest of the parts so far, in lower-case hex.
    pub fn hex(self) -> String {
        to_hex(&self.0.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_the_known_digest() {
        assert_eq!(
            hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn parts_are_told_apart_by_their_lengths() {
        let of = |parts: &[&[u8]]| {
            let mut p = Parts::new();
            for part in parts {
                p.add(part);
            }
            p.hex()
        };
        assert_ne!(of(&[b"ab", b"c"]), of(&[b"a", b"bc"]));
        assert_eq!(of(&[b"ab", b"c"]), of(&[b"ab", b"c"]));
        assert_eq!(of(&[]).len(), 64);
    }
}

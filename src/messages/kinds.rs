//! The macro that declares a room of message kinds: an enum whose variants carry named
//! arguments, with each kind's catalogue id, its arguments for Fluent, and the list of
//! every kind that the catalogue tests read.

/// Declares `pub enum NAME { Kind { arg: Type, ... } = "catalogue-id", ... }` with
/// `id()`, `args()`, `KINDS` and `From<NAME> for Msg`.
macro_rules! kinds {
    (
        $(#[$meta:meta])*
        $room:ident => $enum:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $( $field:ident : $ty:ty ),* $(,)? })? = $id:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        pub enum $enum {
            $(
                $(#[$vmeta])*
                $variant $({ $( #[allow(missing_docs)] $field: $ty ),* })?
            ),*
        }

        impl $enum {
            /// Every kind: its catalogue id and the names of its arguments.
            pub const KINDS: &'static [(&'static str, &'static [&'static str])] = &[
                $( ($id, &[ $($( stringify!($field) ),*)? ]) ),*
            ];

            /// The catalogue id of this message.
            pub fn id(&self) -> &'static str {
                match self {
                    $( Self::$variant { .. } => $id ),*
                }
            }

            /// Hands each argument that is words (a path, a key, a value) to `f`, which
            /// may rewrite it, through the messages inside this one.
            pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
                match self {
                    $(
                        Self::$variant $({ $($field),* })? => {
                            $($( $crate::messages::Texts::texts_mut($field, f); )*)?
                        }
                    ),*
                }
            }

            /// The named arguments, as the catalogue's lines use them.
            pub fn args(&self) -> Vec<(&'static str, $crate::messages::Arg)> {
                match self {
                    $(
                        Self::$variant $({ $($field),* })? => vec![
                            $($( (stringify!($field), $crate::messages::Arg::from($field.clone())) ),*)?
                        ]
                    ),*
                }
            }
        }

        impl From<$enum> for $crate::messages::Msg {
            fn from(message: $enum) -> Self {
                $crate::messages::Msg::$room(Box::new(message))
            }
        }
    };
}

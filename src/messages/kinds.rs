//! The macro that declares a room of message kinds: an enum whose variants carry named
//! arguments, with each kind's catalogue id, its arguments for Fluent, and the list of
//! every kind that the catalogue tests read. A room may hold sub-rooms (boxed enums of
//! their own file, as `Msg` boxes its rooms), so that one stage's kinds stay one enum
//! without one long file.

/// Declares `pub enum NAME { Kind { arg: Type, ... } = "catalogue-id", ... }` with
/// `id()`, `args()`, `KINDS`, `all_kinds()` and `From<NAME> for Msg`; after the kinds,
/// `rooms { Sub(path::Sub), ... }` adds sub-rooms. A sub-room is declared as
/// `Room::Outer::Sub => Sub { ... }`: its messages are `Msg::Room(Outer::Sub(..))`.
macro_rules! kinds {
    (
        $(#[$meta:meta])*
        $room:ident :: $outer:ident :: $sub:ident => $enum:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $( $field:ident : $ty:ty ),* $(,)? })? = $id:literal
            ),* $(,)?
        }
    ) => {
        kinds! {
            @room
            $(#[$meta])*
            $enum {
                $( $(#[$vmeta])* $variant $({ $( $field : $ty ),* })? = $id ),*
            }
            rooms {}
        }

        impl From<$enum> for $crate::messages::Msg {
            fn from(message: $enum) -> Self {
                $crate::messages::Msg::$room(Box::new($outer::$sub(Box::new(message))))
            }
        }
    };
    (
        $(#[$meta:meta])*
        $room:ident => $enum:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $( $field:ident : $ty:ty ),* $(,)? })? = $id:literal
            ),* $(,)?
        }
        $(
            rooms {
                $( $(#[$rmeta:meta])* $rvariant:ident ( $rty:ty ) ),* $(,)?
            }
        )?
    ) => {
        kinds! {
            @room
            $(#[$meta])*
            $enum {
                $( $(#[$vmeta])* $variant $({ $( $field : $ty ),* })? = $id ),*
            }
            rooms { $($( $(#[$rmeta])* $rvariant ( $rty ) ),*)? }
        }

        impl From<$enum> for $crate::messages::Msg {
            fn from(message: $enum) -> Self {
                $crate::messages::Msg::$room(Box::new(message))
            }
        }
    };
    (
        @room
        $(#[$meta:meta])*
        $enum:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident $({ $( $field:ident : $ty:ty ),* })? = $id:literal
            ),*
        }
        rooms { $( $(#[$rmeta:meta])* $rvariant:ident ( $rty:ty ) ),* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        pub enum $enum {
            $(
                $(#[$vmeta])*
                $variant $({ $( #[allow(missing_docs)] $field: $ty ),* })?,
            )*
            $(
                $(#[$rmeta])*
                $rvariant(Box<$rty>),
            )*
        }

        impl $enum {
            /// Every kind of this room itself: its catalogue id and the names of its
            /// arguments.
            pub const KINDS: &'static [(&'static str, &'static [&'static str])] = &[
                $( ($id, &[ $($( stringify!($field) ),*)? ]) ),*
            ];

            /// Every kind of this room and of its sub-rooms.
            pub fn all_kinds(
            ) -> impl Iterator<Item = &'static (&'static str, &'static [&'static str])> {
                let all = Self::KINDS.iter();
                $( let all = all.chain(<$rty>::all_kinds()); )*
                all
            }

            /// The catalogue id of this message.
            pub fn id(&self) -> &'static str {
                match self {
                    $( Self::$variant { .. } => $id, )*
                    $( Self::$rvariant(message) => message.id(), )*
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
                    $( Self::$rvariant(message) => message.texts_mut(f), )*
                }
            }

            /// The named arguments, as the catalogue's lines use them.
            pub fn args(&self) -> Vec<(&'static str, $crate::messages::Arg)> {
                match self {
                    $(
                        Self::$variant $({ $($field),* })? => vec![
                            $($( (stringify!($field), $crate::messages::Arg::from($field.clone())) ),*)?
                        ],
                    )*
                    $( Self::$rvariant(message) => message.args(), )*
                }
            }
        }
    };
}

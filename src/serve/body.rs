//! What the development server sends after a response's head: bytes held
//! in memory (pages with the reload script, messages), a file read a chunk
//! at a time, or a live-reload event stream.
//!
//! A file is read only as fast as the client takes it, so a client that
//! stops reading holds one chunk in memory, not the whole file, and never
//! a thread ([`super::server`] runs every connection on one event loop).

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Frame, SizeHint};
use tokio::io::{AsyncRead, ReadBuf};
use tokio::sync::mpsc::Receiver;

/// How much of a file is read at a time.
const CHUNK: usize = 64 * 1024;

/// A response body.
#[derive(Debug)]
pub enum Body {
    /// Bytes already in memory (`None` once sent).
    Bytes(Option<Bytes>),
    /// A file, and how many of its bytes are still to be sent.
    File(tokio::fs::File, u64),
    /// Server-Sent Events, until the stream is dropped.
    Events(Receiver<Bytes>),
}

impl Body {
    /// A body of `bytes`.
    pub fn bytes(bytes: impl Into<Bytes>) -> Body {
        Body::Bytes(Some(bytes.into()))
    }

    fn poll_file(
        file: &mut tokio::fs::File,
        left: &mut u64,
        cx: &mut Context<'_>,
    ) -> Poll<Option<io::Result<Frame<Bytes>>>> {
        if *left == 0 {
            return Poll::Ready(None);
        }
        let size = usize::try_from(*left).map_or(CHUNK, |left| left.min(CHUNK));
        let mut chunk = vec![0; size];
        let mut buffer = ReadBuf::new(&mut chunk);
        match Pin::new(file).poll_read(cx, &mut buffer) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e))),
            Poll::Ready(Ok(())) => {
                let read = buffer.filled().len();
                if read == 0 {
                    // Shortened since its length was sent: end the
                    // connection rather than send a wrong length.
                    *left = 0;
                    return Poll::Ready(Some(Err(io::ErrorKind::UnexpectedEof.into())));
                }
                *left -= read as u64;
                chunk.truncate(read);
                Poll::Ready(Some(Ok(Frame::data(Bytes::from(chunk)))))
            }
        }
    }
}

impl http_body::Body for Body {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<io::Result<Frame<Bytes>>>> {
        match self.get_mut() {
            Body::Bytes(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Body::File(file, left) => Body::poll_file(file, left, cx),
            Body::Events(events) => events
                .poll_recv(cx)
                .map(|event| event.map(|e| Ok(Frame::data(e)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        match self {
            Body::Bytes(bytes) => bytes.is_none(),
            Body::File(_, left) => *left == 0,
            Body::Events(_) => false,
        }
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            Body::Bytes(bytes) => SizeHint::with_exact(bytes.as_ref().map_or(0, |b| b.len() as u64)),
            Body::File(_, left) => SizeHint::with_exact(*left),
            Body::Events(_) => SizeHint::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body::Body as _;

    /// Every frame of `body`, read on a runtime of its own.
    fn collect(mut body: Body) -> io::Result<Vec<u8>> {
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(async {
            let mut all = Vec::new();
            while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
                all.extend_from_slice(frame?.data_ref().unwrap());
            }
            Ok(all)
        })
    }

    #[test]
    fn files_are_sent_in_chunks_and_a_shortened_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("large.pdf");
        let bytes: Vec<u8> = (0..CHUNK * 2 + 7).map(|n| (n % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let open = || tokio::fs::File::from_std(std::fs::File::open(&path).unwrap());
        let body = Body::File(open(), bytes.len() as u64);
        assert_eq!(body.size_hint().exact(), Some(bytes.len() as u64));
        assert_eq!(collect(body).unwrap(), bytes);
        let promised = Body::File(open(), bytes.len() as u64 + 1);
        assert_eq!(
            collect(promised).unwrap_err().kind(),
            io::ErrorKind::UnexpectedEof
        );
        let body = Body::bytes("page");
        assert_eq!(body.size_hint().exact(), Some(4));
        assert_eq!(collect(body).unwrap(), b"page");
    }
}

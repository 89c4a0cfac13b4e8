/* De spiegel's camera: frames of the facilitator's camera go to jsQR (vendored, loaded when
   the camera is first switched on; most desktop browsers have no BarcodeDetector), and every
   code read is taken like a pasted one. It keeps scanning until stopped, so that a row of
   phones can be held up one after another: each code read gives a short beep made in the
   browser (Web Audio; [data-spiegel-beep] switches it off, remembered as the record's
   "quiet") and a large confirmation with the count ([data-spiegel-scan]); a code already in,
   or refused, says so and scanning goes on. A code that stays in view is read once. */

const cameraScan = { stream: null, timer: 0, last: "", seen: 0, audio: null };

const startCamera = async (team) => {
  const root = team.root;
  const video = oneOf("video", root);
  if (cameraScan.stream) return;
  try {
    cameraScan.audio = cameraScan.audio || new AudioContext(); // made on the click: allowed to sound
  } catch (error) {
    /* no Web Audio: no beep */
  }
  try {
    await needScript(root, "jsqr/jsQR.js", "jsQR");
    cameraScan.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (error) {
    // No camera here at all (not on a secure page), not allowed, or none found.
    const why = !navigator.mediaDevices ? "noCameraHere" : error.name == "NotAllowedError" ? "cameraDenied" : "noCamera";
    return team.say([textOf(why)]);
  }
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const shown = oneOf("[data-spiegel-scan]", root);
  video.srcObject = cameraScan.stream;
  video.hidden = shown.hidden = oneOf("[data-act=stop]", root).hidden = false;
  shown.textContent = textOf("cameraOn");
  team.say([textOf("cameraOn")]);
  video.play().catch(() => {});
  const scan = () => {
    if (!cameraScan.stream) return;
    const text = video.videoWidth && readQr(video, canvas, context);
    const now = Date.now();
    if (text && (text != cameraScan.last || now - cameraScan.seen > 2000)) {
      const kind = team.take(text)[0];
      const good = /added|updated|twin/.test(kind);
      playTone(good ? 880 : kind == "refused" ? 220 : 440);
      shown.dataset.kind = good ? "new" : kind == "refused" ? "refused" : "same";
      shown.textContent = textOf(good ? "scanNew" : kind == "refused" ? "scanRefused" : "scanSame", { n: answerCount(team) });
      shown.animate([{ opacity: 0.2 }, { opacity: 1 }], 300);
    }
    if (text) Object.assign(cameraScan, { last: text, seen: now });
    cameraScan.timer = setTimeout(scan, 120);
  };
  scan();
};

// The text of the QR code in the video's frame, if any.
const readQr = (video, canvas, context) => {
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  context.drawImage(video, 0, 0);
  const found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
  return found && found.data;
};

// A short tone of `pitch` Hz, unless the facilitator switched the beep off.
const playTone = (pitch) => {
  const audio = cameraScan.audio;
  if (!audio || readSpiegel().quiet) return;
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.frequency.value = pitch;
  volume.gain.value = 0.2;
  tone.connect(volume).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.12);
};

const stopCamera = (root) => {
  if (!cameraScan.stream) return;
  clearTimeout(cameraScan.timer);
  cameraScan.stream.getTracks().forEach((track) => track.stop());
  cameraScan.stream = null;
  const video = oneOf("video", root);
  video.srcObject = null;
  video.hidden = oneOf("[data-spiegel-scan]", root).hidden = oneOf("[data-act=stop]", root).hidden = true;
};

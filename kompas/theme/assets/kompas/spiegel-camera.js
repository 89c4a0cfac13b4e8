/* De spiegel's camera: frames of the facilitator's camera go to jsQR (vendored, loaded when
   the camera is first switched on; most desktop browsers have no BarcodeDetector), and every
   code read is taken like a pasted one. */

const cameraScan = { stream: null, timer: 0 };

const startCamera = async (team) => {
  const root = team.root;
  const video = oneOf("video", root);
  if (cameraScan.stream) return;
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return team.say([textOf("noCameraHere")]);
  }
  try {
    await needScript(root, "jsqr/jsQR.js", "jsQR");
    cameraScan.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (error) {
    return team.say([textOf(error && error.name == "NotAllowedError" ? "cameraDenied" : "noCamera")]);
  }
  const seen = new Set();
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  video.srcObject = cameraScan.stream;
  video.hidden = false;
  oneOf("[data-act=stop]", root).hidden = false;
  team.say([textOf("cameraOn")]);
  video.play().catch(() => {});
  const scan = () => {
    if (!cameraScan.stream) return;
    if (video.videoWidth) {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      context.drawImage(video, 0, 0);
      const found = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
      if (found && found.data && !seen.has(found.data)) {
        seen.add(found.data);
        team.take(found.data);
      }
    }
    cameraScan.timer = setTimeout(scan, 200);
  };
  scan();
};

const stopCamera = (root) => {
  if (!cameraScan.stream) return;
  clearTimeout(cameraScan.timer);
  cameraScan.stream.getTracks().forEach((track) => track.stop());
  cameraScan.stream = null;
  const video = oneOf("video", root);
  video.srcObject = null;
  video.hidden = true;
  oneOf("[data-act=stop]", root).hidden = true;
};

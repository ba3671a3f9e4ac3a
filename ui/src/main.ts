import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

// Load every face of the UI font before the first paint: WebKit hides text while a face
// loads, and a quote that blinks in late looks broken on a projector.
const faces = ['400 1em Inter', 'italic 400 1em Inter', '500 1em Inter', '600 1em Inter', '700 1em Inter'];
const fontsReady = Promise.all(faces.map((face) => document.fonts.load(face))).catch(() => undefined);
const atMost = new Promise((resolve) => setTimeout(resolve, 500));

void Promise.race([fontsReady, atMost]).then(() => {
  const target = document.getElementById('app');
  if (!target) throw new Error('index.html has no #app element');
  mount(App, { target });
});

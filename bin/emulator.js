#!/usr/bin/env node
import { launch } from './launch.js';

await launch('emulator', 'auth0-emulator');

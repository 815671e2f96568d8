import { contextBridge, ipcRenderer } from 'electron'
import { commandNames, eventNames } from '../shared/contract'
console.log(commandNames, eventNames, contextBridge, ipcRenderer)

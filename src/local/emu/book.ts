/** The workbook: its sheets in order, names unique like Sheets enforces. */
import { SheetData } from './sheet-data';

export class Book {
  sheets: SheetData[] = [];
  private nextId = 0;

  constructor(public id: string, public name: string) {}

  addSheet(name?: string, index?: number): SheetData {
    let n = name;
    if (n === undefined) {
      let k = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name === `Sheet${k}`)) k++;
      n = `Sheet${k}`;
    }
    if (this.sheets.some((s) => s.name.toLowerCase() === n!.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    const sheet = new SheetData(n, this.nextId++);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  renameSheet(sheet: SheetData, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = name;
  }
}

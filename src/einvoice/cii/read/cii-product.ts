import type { IncludedProduct } from "../../model/extended.js";
import type { InvoiceLine, Item } from "../../model/lines.js";
import { extendedLineOf } from "../../read/extended-part.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** ram:SpecifiedTradeProduct → BG-31 (and the included products of EXTENDED). */
export function ciiProduct(ctx: ReadContext, e: XmlElement, line: InvoiceLine): Item {
  const item: Item = { path: ctx.path(e), classifications: [], attributes: [] };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:GlobalID":
        item.standardId = ctx.id(c);
        break;
      case "ram:SellerAssignedID":
        item.sellerId = ctx.text(c);
        break;
      case "ram:BuyerAssignedID":
        item.buyerId = ctx.text(c);
        break;
      case "ram:Name":
        item.name = ctx.text(c);
        break;
      case "ram:Description":
        item.description = ctx.text(c);
        break;
      case "ram:ApplicableProductCharacteristic": {
        const name = kid(c, "ram:Description");
        const value = kid(c, "ram:Value");
        item.attributes.push({ path: ctx.path(c), ...(name && { name: ctx.text(name) }), ...(value && { value: ctx.text(value) }) });
        break;
      }
      case "ram:DesignatedProductClassification": {
        const code = kid(c, "ram:ClassCode");
        if (code) item.classifications.push(ctx.id(code, "listID", "listVersionID"));
        break;
      }
      case "ram:OriginTradeCountry": {
        const id = kid(c, "ram:ID");
        if (id) item.countryOfOrigin = ctx.text(id);
        break;
      }
      case "ram:IncludedReferencedProduct": {
        const p: IncludedProduct = { path: ctx.path(c) };
        for (const x of c.children) {
          if (x.key === "ram:Name") p.name = ctx.text(x);
          else if (x.key === "ram:Description") p.description = ctx.text(x);
          else if (x.key === "ram:SellerAssignedID") p.sellerId = ctx.text(x);
          else if (x.key === "ram:UnitQuantity") {
            p.quantity = ctx.text(x);
            const unit = ctx.attr(x, "unitCode");
            if (unit) p.quantityUnit = unit;
          }
        }
        extendedLineOf(line).includedProducts.push(p);
        break;
      }
    }
  }
  return item;
}
